#pragma once

#include <QObject>
#include <QUrl>

namespace samen::app {

/**
 * For the AT-SPI walk (`samen --walk-tour`, tests/a11y/atspi_walk.py): reports on stdout
 * what an action did outside the window, which no accessibility tree shows: a link handed
 * to the desktop (`effect url SCHEME`, e.g. tel, mailto, https, file; the link is not opened) and
 * text put on the clipboard (`effect clipboard N`, N characters). Only the scheme and the
 * length are printed, never the text. Only created in walk mode.
 */
class WalkEffects : public QObject
{
    Q_OBJECT

public:
    explicit WalkEffects(QObject *parent = nullptr);
    ~WalkEffects() override;

public Q_SLOTS:
    /** The desktop's URL handler in walk mode (QDesktopServices::setUrlHandler): reports the scheme. */
    void openUrl(const QUrl &url);

private:
    void clipboardChanged();
};

} // namespace samen::app
