#include "ui/speech/speechengine.h"

#include <QPointer>

namespace samen::app {

namespace {
QPointer<SpeechEngine> &sharedEngine()
{
    static QPointer<SpeechEngine> engine;
    return engine;
}
} // namespace

SpeechEngine *SpeechEngine::shared()
{
    return sharedEngine().data();
}

void SpeechEngine::setShared(SpeechEngine *engine)
{
    sharedEngine() = engine;
}

} // namespace samen::app
