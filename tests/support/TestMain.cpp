// Shared main() of the test executables: a Qt application (GUI tests get QApplication on the
// offscreen platform, set before it exists, as Debian's build-time test discovery needs).

#if !__has_include(<catch2/catch_all.hpp>)
#define CATCH_CONFIG_RUNNER
#endif
#include "tests/support/Catch.h"

#ifdef CENTRALITA_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("CentralitaTests"));
    TestApplication::setApplicationName(QStringLiteral("centralita-tests"));
    return Catch::Session().run(argc, argv);
}
