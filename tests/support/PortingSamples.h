#pragma once
// A complete porting request as the wizard sends it, for the tests that submit one.

#include "contract/Porting.h"

namespace fixtures {

inline contract::porting::Submission portingSubmission()
{
    contract::porting::Submission submission;
    submission.numbers = {QStringLiteral("55 1234 5678")};
    submission.carrier = QStringLiteral("Telmex");
    submission.carrierAccount = QStringLiteral("TMX-001");
    submission.carrierPin = QStringLiteral("4321");
    submission.authorizedName = QStringLiteral("Mariana Hernández");
    submission.serviceAddress = QStringLiteral("Av. Reforma 222, CDMX");
    submission.loaAccepted = true;
    return submission;
}

} // namespace fixtures
