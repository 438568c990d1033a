#include "application/interfaces/i_processor.h"

#include <QThread>

namespace reelforge::application {

bool JobContext::waitWhilePaused() const
{
    while (cancel.isPaused() && !cancel.isCancelled())
        QThread::msleep(20);
    return !cancel.isCancelled();
}

}  // namespace reelforge::application
