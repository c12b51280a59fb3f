#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace heron::ui {

// The HTML view's gatekeeper: every request of the page passes here first.
// Allowed: the message's own document and parts (the part scheme), and
// http(s) only after the user allowed remote content for this message or its
// sender. Everything else (ftp, file, ws, other schemes, and remote content
// while not allowed) is blocked, and remote attempts are reported so the view
// can offer to allow them.
class RemoteContentInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit RemoteContentInterceptor(QObject *parent = nullptr);

    void setRemoteAllowed(bool allowed);
    bool remoteAllowed() const { return m_remoteAllowed; }
    int blockedRemoteRequests() const { return m_blockedRemote; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    void remoteRequestBlocked(const QUrl &url);

private:
    std::atomic<bool> m_remoteAllowed {false};
    std::atomic<int> m_blockedRemote {0};
};

} // namespace heron::ui
