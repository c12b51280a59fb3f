#include "html_message_page.h"

#include <QWebEngineNewWindowRequest>

namespace heron::ui {

HtmlMessagePage::HtmlMessagePage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::newWindowRequested, this, [this](QWebEngineNewWindowRequest &request) {
        // Shift- or middle-click: still just a link the user clicked; no window opens.
        if (request.isUserInitiated())
            emit linkClicked(request.requestedUrl());
    });
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
}

bool HtmlMessagePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const bool sameDocument = url.adjusted(QUrl::RemoveFragment) == m_documentUrl;
    if (isMainFrame && sameDocument && (type != NavigationTypeLinkClicked || url.hasFragment()))
        return true;
    if (type == NavigationTypeLinkClicked)
        emit linkClicked(url);
    return false;
}

} // namespace heron::ui
