#include "views/style/Icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <memory>

namespace views::style {

namespace {
// Renders a monochrome SVG and paints it over in the colour the palette has for the mode, each
// time it is asked: a palette change (dark mode, ThemeChange) re-tints every icon on its next paint.
class TintedSvgEngine : public QIconEngine
{
public:
    TintedSvgEngine(const QString &path, std::optional<Tone> tone)
        : m_path(path)
        , m_tone(tone)
        , m_renderer(std::make_shared<QSvgRenderer>(path))
    {}

    QIconEngine *clone() const override { return new TintedSvgEngine(*this); }
    QString key() const override { return QStringLiteral("centralita-tinted-svg"); }
    bool isNull() override { return !m_renderer->isValid(); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        if (size.isEmpty() || !m_renderer->isValid())
            return {};
        const QColor tint = colorFor(mode);
        const QString key = QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(tint.rgba());
        if (const auto cached = m_cache.constFind(key); cached != m_cache.constEnd())
            return *cached;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_renderer->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), tint);
        painter.end();
        if (m_cache.size() > 32) // a few sizes in a few colours; a theme switch may leave old ones
            m_cache.clear();
        return *m_cache.insert(key, QPixmap::fromImage(image));
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap picture = pixmap((QSizeF(rect.size()) * scale).toSize(), mode, state);
        picture.setDevicePixelRatio(scale);
        painter->drawPixmap(rect.topLeft(), picture);
    }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::ButtonText);
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return m_tone ? color(*m_tone, palette) : palette.color(QPalette::ButtonText);
    }

    QString m_path;
    std::optional<Tone> m_tone;
    std::shared_ptr<QSvgRenderer> m_renderer; // shared by clones: it only reads the file
    QHash<QString, QPixmap> m_cache;
};

const char *fileOf(Icon icon)
{
    switch (icon) {
    case Icon::Play:
        return "play";
    case Icon::Pause:
        return "pause";
    case Icon::NewMessage:
        return "mail";
    case Icon::MarkNew:
        return "mail-dot";
    case Icon::CallBack:
        return "phone-call";
    case Icon::Download:
        return "download";
    case Icon::Delete:
        return "trash-2";
    case Icon::Incoming:
        return "phone-incoming";
    case Icon::Outgoing:
        return "phone-outgoing";
    case Icon::Missed:
        return "phone-missed";
    case Icon::Internal:
        return "phone";
    case Icon::Home:
        return "house";
    case Icon::Voicemail:
        return "voicemail";
    case Icon::CallLogs:
        return "history";
    case Icon::Fax:
        return "printer";
    case Icon::Preferences:
        return "sliders-horizontal";
    case Icon::CallForwarding:
        return "phone-forwarded";
    case Icon::CallerId:
        return "id-card";
    case Icon::Profile:
        return "circle-user-round";
    case Icon::User:
        return "user";
    case Icon::Configuration:
        return "settings";
    case Icon::Account:
        return "receipt";
    case Icon::AddOns:
        return "puzzle";
    case Icon::Assistant:
        return "wand-sparkles";
    case Icon::Search:
        return "search";
    case Icon::Export:
        return "file-down";
    case Icon::Add:
        return "plus";
    case Icon::Edit:
        return "pencil";
    case Icon::Refresh:
        return "refresh-cw";
    case Icon::SignOut:
        return "log-out";
    case Icon::About:
        return "info";
    case Icon::Language:
        return "languages";
    }
    return "info";
}
} // namespace

QList<Icon> allIcons()
{
    QList<Icon> icons;
    for (int i = int(Icon::Play); i <= int(Icon::Language); ++i)
        icons.append(Icon(i));
    return icons;
}

QString iconPath(Icon icon)
{
    return QStringLiteral(":/centralita/icons/%1.svg").arg(QLatin1String(fileOf(icon)));
}

QIcon icon(Icon icon, std::optional<Tone> tone)
{
    return QIcon(new TintedSvgEngine(iconPath(icon), tone));
}

} // namespace views::style
