#include "ui/walkeffects.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

#include <cstdio>

namespace samen::app {

namespace {
const char *const schemes[] = { "tel", "mailto", "http", "https", "file" };
} // namespace

WalkEffects::WalkEffects(QObject *parent)
    : QObject(parent)
{
    for (const char *scheme : schemes)
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "openUrl");
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &WalkEffects::clipboardChanged);
}

WalkEffects::~WalkEffects()
{
    for (const char *scheme : schemes)
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
}

void WalkEffects::openUrl(const QUrl &url)
{
    std::printf("effect url %s\n", qPrintable(url.scheme()));
    std::fflush(stdout);
}

void WalkEffects::clipboardChanged()
{
    std::printf("effect clipboard %d\n", int(QGuiApplication::clipboard()->text().size()));
    std::fflush(stdout);
}

} // namespace samen::app
