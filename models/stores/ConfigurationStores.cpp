#include "models/stores/ConfigurationStores.h"

#include <chrono>

namespace models {

namespace {
QString greetingPath(contract::MenuKind menu)
{
    return QStringLiteral("/receptionist/greetings/") + contract::menuKindName(menu);
}

constexpr std::chrono::seconds RecordingTimeout{60}; // up to 1 MiB over a slow line
} // namespace

ReceptionistStore::ReceptionistStore(Session &session, QObject *parent)
    : ResourceStore(session, QStringLiteral("/receptionist"), parent)
{}

QJsonObject ReceptionistStore::requestBody(const contract::ReceptionistConfig &config)
{
    QJsonObject body = config.toJson();
    // Read-only members the server fills in itself; keep the request to what can change.
    body.remove(QStringLiteral("timeZone"));
    for (const auto &menu : {QStringLiteral("businessHours"), QStringLiteral("afterHours")}) {
        QJsonObject object = body.value(menu).toObject();
        object.remove(QStringLiteral("hasAudio"));
        body.insert(menu, object);
    }
    return body;
}

StoreWrite *ReceptionistStore::save(const contract::ReceptionistConfig &config, const QByteArray &basedOn)
{
    return put(requestBody(config), basedOn);
}

StoreWrite *ReceptionistStore::uploadGreeting(contract::MenuKind menu, const QByteArray &audio,
                                              const QByteArray &contentType, const QByteArray &basedOn)
{
    auto *request = new JsonRequest(session(), ApiJob::Method::Put, greetingPath(menu), {}, ifMatch(basedOn));
    request->setRawBody(audio, contentType);
    request->setTimeout(RecordingTimeout);
    return write(request);
}

StoreWrite *ReceptionistStore::deleteGreeting(contract::MenuKind menu, const QByteArray &basedOn)
{
    return write(
        new JsonRequest(session(), ApiJob::Method::Delete, greetingPath(menu), {}, ifMatch(basedOn)));
}

StoreResult<Recording> *ReceptionistStore::downloadGreeting(contract::MenuKind menu)
{
    auto *request = new JsonRequest(session(), ApiJob::Method::Get, greetingPath(menu));
    request->setBinaryResponse(true);
    request->setTimeout(RecordingTimeout);
    return startRequest<Recording>(this, request, [](const ApiResponse &response) {
        return Recording{response.body, response.contentType};
    });
}

ConferenceServerStore::ConferenceServerStore(Session &session, QObject *parent)
    : ResourceStore(session, QStringLiteral("/conference-server"), parent)
{}

StoreWrite *ConferenceServerStore::setEnabled(bool enabled)
{
    return put({{QStringLiteral("enabled"), enabled}});
}

StoreWrite *ConferenceServerStore::setUp(const contract::ConferenceSetup &setup)
{
    return write(
        new JsonRequest(session(), ApiJob::Method::Post, path() + QStringLiteral("/setup"), setup.toJson()));
}

} // namespace models
