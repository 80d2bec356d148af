// The one binary: the desktop app, or a headless command when an output or --list flag is given.
#include "commandlineoptions.h"
#include "guirun.h"
#include "headlessrun.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace pledgecheck;

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("PledgeCheck"));
    QCoreApplication::setApplicationName(QStringLiteral("PledgeCheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLEDGECHECK_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const auto options = CommandLineOptions::parse(arguments, &error);
    if (!options) {
        err << "pledgecheck: " << error << " (see pledgecheck --help)\n";
        return ExitBadInput;
    }
    if (options->help) {
        out << CommandLineOptions::helpText();
        return ExitSuccess;
    }
    if (options->version) {
        out << "pledgecheck " << QCoreApplication::applicationVersion() << '\n';
        return ExitSuccess;
    }
    if (options->headless()) {
        QCoreApplication application(argc, argv); // no display needed
        return runHeadless(*options, out, err);
    }
    return runGui(argc, argv, *options);
}
