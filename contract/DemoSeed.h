#pragma once
// The demo company that `centralita-server --seed-demo` creates. Deterministic, so the client's
// --demo mode, the screenshots and the tests can sign in without reading the server's output.

namespace contract::demo {

inline constexpr auto CompanyName = "Despacho Álvarez & Asociados";
inline constexpr auto CompanyNumber = "+525550001000"; // Mexico City
inline constexpr auto Region = "MX";
inline constexpr auto TimeZone = "America/Mexico_City";
inline constexpr auto Currency = "MXN";
inline constexpr auto AdminPassword = "Centralita2026";
inline constexpr auto UserExtension = "101";
inline constexpr auto UserPassword = "Buzon2026x";
// Every seeded extension shares UserPassword, so any of them can be tried in the demo.

// A second company, so isolation between tenants is always exercised.
inline constexpr auto OtherCompanyName = "Clínica Dental Sonrisas";
inline constexpr auto OtherCompanyNumber = "+523330002000"; // Guadalajara
inline constexpr auto OtherAdminPassword = "Sonrisas2026";

} // namespace contract::demo
