#pragma once
// Random secrets handed to clients (session tokens, reset codes). Only their SHA-256 digest is
// stored, so a leaked database does not hand out working sessions.

#include <QString>

namespace server::tokens {

QString newSessionToken();             // 256 random bits, base64url without padding
QString newResetCode();                // 10 characters from an unambiguous alphabet
QString newOpaqueId(int bytes = 16);   // hex, for file names and message ids
QString digest(const QString &secret); // hex SHA-256

} // namespace server::tokens
