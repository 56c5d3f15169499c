#pragma once
// Whose calls and faxes a list shows: what the views choose, without the requests behind it.

namespace models {

enum class CallLogScope {
    Own,    // /me/call-logs: the signed-in extension's calls
    Account // /call-logs: every extension (administrators), optionally one via query.extension
};

} // namespace models
