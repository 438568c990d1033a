#pragma once

#include "domain/models/job.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace reelforge::ui {

// How the queue talks about a job, in the creator's words and language: state names, the
// preset a job uses, speed, time left, why it failed, and a copyable command line.
class JobText {
    Q_DECLARE_TR_FUNCTIONS(JobText)
public:
    static QString state(domain::JobState state);  // "Waiting", "Processing", "Done", ...
    static QString preset(const domain::Job& job);  // the preset of the job's transcode step
    // "48 fps · 1.9× realtime"; realtime <= 0 leaves that part out, fps <= 0 the other.
    static QString speed(double fps, double realtime);
    static QString eta(double seconds);  // "About 20 seconds left"; empty when unknown
    // Why a failed job failed, in a sentence; the stored technical reason goes in the log view.
    static QString failure(const domain::Job& job);
    static QString shellCommand(const QStringList& argv);  // quoted for a POSIX shell
};

}  // namespace reelforge::ui
