// The one binary: the desktop app, or a headless command when an output or --list flag is given.
#include "commandlineoptions.h"
#include "guirun.h"
#include "headlessrun.h"
#include "version.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace pledgecheck;

namespace {

// Output that never arrived is a failure, not a success: `--summary > /dev/full` exits 2 with the
// reason. QTextStream hands its text to stdio, whose own buffer can fail only at the last fflush.
int exitAfterOutput(QTextStream &out, QTextStream &err, int status)
{
    out.flush();
    errno = 0;
    const bool flushed = std::fflush(stdout) == 0;
    const int errorNumber = errno;
    // A command that failed has said why already: one line on stderr.
    if (status != ExitSuccess || (flushed && out.status() == QTextStream::Ok && !std::ferror(stdout)))
        return status;
    const QString reason = errorNumber != 0 ? qt_error_string(errorNumber)
                                            : out.device()->errorString();
    err << "pledgecheck: cannot write to standard output: " << reason << '\n';
    err.flush();
    return ExitBadInput;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheck"));
    QCoreApplication::setApplicationName(QStringLiteral("PledgeCheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLEDGECHECK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // The command line and the files it writes read the same on every machine: English numbers
    // ("1,000,000", "0.84"), whatever the system's language. The window sets its own (guirun.cpp).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const auto options = CommandLineOptions::parse(arguments, &error);
    if (!options) {
        err << "pledgecheck: " << error << " (see pledgecheck --help)\n";
        return ExitBadInput;
    }
    if (options->help) {
        // QCommandLineParser names the program in "Usage:" from the application's arguments;
        // without an application it prints "<executable_name>".
        QCoreApplication application(argc, argv);
        out << CommandLineOptions::helpText();
        return exitAfterOutput(out, err, ExitSuccess);
    }
    if (options->version) {
        out << "pledgecheck " << QCoreApplication::applicationVersion() << '\n';
        return exitAfterOutput(out, err, ExitSuccess);
    }
    if (options->rendersChart()) {
        // Charts are widgets: draw them offscreen when there is no display to draw on.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
        // Qt warns on stderr without a runtime folder; a script reads stderr for our messages only.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/pledgecheck-runtime-")
                                    + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
#endif
        QApplication application(argc, argv);
        return exitAfterOutput(out, err, runHeadless(*options, out, err));
    }
    if (options->headless()) {
        QCoreApplication application(argc, argv); // no display needed
        return exitAfterOutput(out, err, runHeadless(*options, out, err));
    }
    return runGui(argc, argv, *options);
}
