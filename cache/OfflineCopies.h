#pragma once
// The offline copies of this computer's accounts, one file each in one folder (the user's cache
// folder in the app): keeps the signed-in end user's lists as they are read, opens a read-only
// session from them when the server is out of reach, and deletes them at sign-out.

#include <QString>
#include <memory>

namespace models {
class Session;
}

namespace cache {

class OfflineCache;

class OfflineCopies
{
public:
    explicit OfflineCopies(const QString &directory);
    ~OfflineCopies();

    QString directory() const { return m_directory; }

    // After a real sign-in: what `session` reads from now on is kept in `accountKey`'s copy.
    void attach(models::Session &session, const QString &accountKey);
    // The session stops keeping copies; the file stays.
    void detach(models::Session &session);
    // Whether `accountKey` has a copy a window can be opened from.
    bool has(const QString &accountKey) const;
    // Opens `session` from the copy: who was signed in, every request refused as offline, the
    // lists from the copy. False (the session untouched) when there is no usable copy.
    bool open(models::Session &session, const QString &accountKey);
    // Sign-out: the copy attached to (or opened in) `session` is deleted.
    void remove(models::Session &session);

private:
    QString m_directory;
    QString m_currentKey;
    std::unique_ptr<OfflineCache> m_current;
};

} // namespace cache
