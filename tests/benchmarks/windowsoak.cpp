// The soak test (issue "Nothing lost"): the real main window, offscreen, through a long run of
// random edits (slider drags, exact values, distributions, name and note), undos, redos, saves
// and exports. It fails (exit status 1) when a saved file does not read back equal to the
// document's scenario, when a save or an export fails, or when resident memory at the end is more
// than 10 % above what it was after the first tenth of the run: memory that grows with the edits
// is memory a long session loses. Not a ctest test: run it by hand (README, Benchmarks).
#include "chartkind.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "parametertable.h"
#include "scenariodocument.h"
#include "scenariofile.h"
#include "uncertaintyrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>

#include <malloc.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <vector>

using namespace pledgecheck;

namespace {

// The offscreen platform says this on every export that resizes a chart; ten thousand of them
// would bury the report.
void dropSizeHintNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

/// Resident memory now, in MiB (/proc/self/statm's second field counts pages).
double residentMiB()
{
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

class Soak
{
public:
    Soak(MainWindow &window, std::uint64_t seed, const QString &folder)
        : m_window(window)
        , m_document(*window.document())
        , m_random(seed)
        , m_folder(folder)
    {
        for (const ParameterDescriptor &d : parameterTable()) {
            m_ids.push_back(d.id);
            if (auto *slider = window.findChild<QSlider *>(QStringLiteral("slider_")
                                                           + QString::fromLatin1(d.key.data(), d.key.size())))
                m_sliders.push_back(slider);
            if (d.kind == ParameterKind::Real && d.id != ParameterId::TargetJobs)
                m_uncertainIds.push_back(d.id);
        }
        window.controller()->setErrorReporter([this](const QString &title, const QString &message) {
            fail(QStringLiteral("%1: %2").arg(title, message));
        });
    }

    /// One random operation; the weights are a session's rough mix, edits first.
    void step()
    {
        const int roll = uniformInt(0, 99);
        if (roll < 30)
            dragSlider();
        else if (roll < 55)
            typeValue();
        else if (roll < 60)
            changeDistribution();
        else if (roll < 63)
            changeText();
        else if (roll < 83)
            m_document.undoStack()->undo();
        else if (roll < 90)
            m_document.undoStack()->redo();
        else if (roll < 95)
            saveAndReread();
        else
            exportSomething();
        QCoreApplication::processEvents();
    }

    /// Lets the values rest until the full Monte Carlo run has reported, as between an analyst's
    /// moves, and deferred deletions run.
    void rest()
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_window.document()->isUncertaintyRefined() && waited.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::msleep(1);
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    int saves() const { return m_saves; }
    int exports() const { return m_exports; }
    const QStringList &failures() const { return m_failures; }

private:
    int uniformInt(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }
    double uniformReal(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_random); }

    void fail(const QString &problem)
    {
        if (m_failures.size() < 200) // the first ones say enough
            std::fprintf(stderr, "soak: %s\n", qPrintable(problem));
        m_failures << problem;
    }

    void dragSlider()
    {
        QSlider *slider = m_sliders[static_cast<std::size_t>(uniformInt(0, static_cast<int>(m_sliders.size()) - 1))];
        slider->setSliderDown(true);
        for (int move = uniformInt(1, 8); move > 0; --move) {
            slider->setValue(uniformInt(slider->minimum(), slider->maximum()));
            QCoreApplication::processEvents();
        }
        slider->setSliderDown(false);
    }

    // A value as the exact editor would give it: anywhere in the range, whole where it must be.
    // Some are refused (a logistic market below its sellers); the document says why.
    void typeValue()
    {
        const ParameterId id = m_ids[static_cast<std::size_t>(uniformInt(0, static_cast<int>(m_ids.size()) - 1))];
        const ParameterDescriptor &d = descriptor(id);
        double value = uniformReal(d.minimum, d.maximum);
        if (d.kind != ParameterKind::Real)
            value = std::round(value);
        m_document.changeParameter(id, value);
    }

    void changeDistribution()
    {
        const ParameterId id = m_uncertainIds[static_cast<std::size_t>(
            uniformInt(0, static_cast<int>(m_uncertainIds.size()) - 1))];
        const ParameterDescriptor &d = descriptor(id);
        const double value = m_document.scenario().parameters[id];
        const double spread = uniformReal(0.01, 0.5) * (d.maximum - d.minimum);
        Distribution distribution;
        switch (uniformInt(0, 4)) {
        case 0: {
            const double half = std::min({spread, value - d.minimum, d.maximum - value});
            distribution = Distribution::uniform(value - half, value + half);
            break;
        }
        case 1:
            distribution = Distribution::triangular(std::max(d.minimum, value - spread), value,
                                                    std::min(d.maximum, value + spread));
            break;
        case 2: distribution = Distribution::normal(value, spread); break;
        case 3: distribution = Distribution::logNormal(value, value * uniformReal(1.1, 4.0)); break;
        default: distribution = Distribution::fixed(); break;
        }
        m_document.changeDistribution(id, distribution);
    }

    void changeText()
    {
        const QString text = QStringLiteral("Soak %1: \u00e9t\u00e9 \u4e2d\u6587 \"quoted\"\n")
                                 .arg(uniformInt(0, 1000000));
        if (uniformInt(0, 1) == 0)
            m_document.changeName(text.trimmed());
        else
            m_document.changeNote(text.repeated(uniformInt(1, 20)));
    }

    void saveAndReread()
    {
        const QString path = m_folder + QStringLiteral("/soak-%1.json").arg(uniformInt(0, 2));
        ++m_saves;
        if (!m_window.controller()->saveTo(path))
            return fail(QStringLiteral("save %1 to %2 failed").arg(m_saves).arg(path));
        QString error;
        const auto reread = scenariofile::read(path, &error);
        if (!reread)
            return fail(QStringLiteral("save %1 does not read back: %2").arg(m_saves).arg(error));
        if (*reread != m_document.scenario())
            fail(QStringLiteral("save %1 (%2) reads back different from the document").arg(m_saves).arg(path));
        if (m_document.isModified())
            fail(QStringLiteral("save %1 left the document modified").arg(m_saves));
    }

    void exportSomething()
    {
        ++m_exports;
        DocumentController &controller = *m_window.controller();
        const int choice = uniformInt(0, 5);
        if (choice == 5) {
            if (!controller.exportDataTo(m_folder + QStringLiteral("/soak.csv")))
                fail(QStringLiteral("CSV export %1 failed").arg(m_exports));
            return;
        }
        const ChartKind kind = chartRegistry()[static_cast<std::size_t>(uniformInt(0, static_cast<int>(kChartCount) - 1))].kind;
        const bool svg = uniformInt(0, 3) == 0;
        const QString path = m_folder + QStringLiteral("/soak-chart.") + (svg ? QStringLiteral("svg") : QStringLiteral("png"));
        if (!controller.exportChartTo(kind, path, QSize(uniformInt(320, 1920), uniformInt(240, 1080))))
            fail(QStringLiteral("chart export %1 to %2 failed").arg(m_exports).arg(path));
    }

    MainWindow &m_window;
    ScenarioDocument &m_document;
    std::mt19937_64 m_random;
    QString m_folder;
    std::vector<ParameterId> m_ids;
    std::vector<ParameterId> m_uncertainIds;
    std::vector<QSlider *> m_sliders;
    QStringList m_failures;
    int m_saves = 0;
    int m_exports = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(dropSizeHintNoise);
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheckSoak"));
    // Settings, recent files and the recovery file go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak test of the main window (README, Benchmarks)."));
    parser.addHelpOption();
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("Operations (default 10000)."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the random operations."),
                                        QStringLiteral("S"), QStringLiteral("20170109"));
    parser.addOptions({stepsOption, seedOption});
    parser.process(application);
    bool stepsOk = false, seedOk = false;
    const int steps = parser.value(stepsOption).toInt(&stepsOk);
    const std::uint64_t seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!stepsOk || !seedOk || steps < 10) {
        std::fprintf(stderr, "window_soak: --steps must be a whole number from 10, --seed a whole number from 0\n");
        return 2;
    }
    const int baselineStep = steps / 10; // 1,000 of the default 10,000

    QTemporaryDir folder;
    MainWindow window;
    window.setWindowState(Qt::WindowNoState); // see sharedWindow()
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();
    Soak soak(window, seed, folder.path());

    QElapsedTimer timer;
    timer.start();
    double baselineMiB = 0;
    for (int step = 1; step <= steps; ++step) {
        soak.step();
        if (step % 100 == 0)
            soak.rest();
        if (step == baselineStep) {
            soak.rest();
            baselineMiB = residentMiB();
            std::printf("after %d operations: resident %.1f MiB\n", step, baselineMiB);
        } else if (step % (steps / 10) == 0) {
            std::printf("after %d operations: resident %.1f MiB, %.1f s\n", step, residentMiB(),
                        timer.elapsed() / 1000.0);
        }
        std::fflush(stdout);
    }
    soak.rest();
    const double endMiB = residentMiB();
    const double seconds = timer.elapsed() / 1000.0;
    const double growth = endMiB / baselineMiB - 1.0;
    std::printf("resident after %d operations: %.1f MiB; after %d: %.1f MiB (%+.1f %%)\n", baselineStep,
                baselineMiB, steps, endMiB, 100.0 * growth);
    std::printf("%d operations (%d saves, each read back; %d exports; undo stack %d steps) in %.1f s\n",
                steps, soak.saves(), soak.exports(), window.document()->undoStack()->count(), seconds);

    // Not part of the verdict: how much of the end's memory is the undo history, which grows with
    // every edit by design. malloc_trim hands what was freed back, so that resident memory shows it.
    malloc_trim(0);
    const double trimmedMiB = residentMiB();
    window.document()->undoStack()->clear();
    malloc_trim(0);
    std::printf("freed memory handed back: %.1f MiB; and the undo history cleared: %.1f MiB\n",
                trimmedMiB, residentMiB());

    int status = 0;
    if (growth > 0.10) {
        std::printf("FAIL: resident memory grew more than 10 %%\n");
        status = 1;
    }
    if (!soak.failures().isEmpty()) {
        std::printf("FAIL: %lld failures (first on stderr)\n", static_cast<long long>(soak.failures().size()));
        status = 1;
    }
    if (status == 0)
        std::printf("PASS\n");
    return status;
}
