#include "chartprovenance.h"

#include "chartrenderer.h"
#include "parametertable.h"
#include "version.h"

#include <QCoreApplication>
#include <QStringList>

namespace pledgecheck {
namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString softwareName()
{
    return QStringLiteral("PledgeCheck %1").arg(QLatin1String(version::text));
}

bool atDefault(const ParameterDescriptor &d, const Parameters &parameters)
{
    return parameters[d.id] == d.defaultValue;
}

} // namespace

ChartProvenance ChartProvenance::of(ChartKind kind, const ChartInputs &inputs)
{
    const Parameters &parameters = inputs.current.parameters;
    ChartProvenance provenance;
    provenance.title = QStringLiteral("%1: %2").arg(inputs.scenarioName, chartTitle(kind));
    provenance.software = softwareName();

    const auto valuesOf = [](const Parameters &these) {
        QStringList values;
        for (const ParameterDescriptor &d : parameterTable())
            values << QStringLiteral("%1=%2").arg(fromView(d.key),
                                                  QString::fromStdString(formatValue(d, these[d.id])));
        return values.join(QStringLiteral(", "));
    };
    QStringList sources;
    for (const ParameterDescriptor &d : parameterTable()) {
        // "; " parts the parameters, so a parameter's own sources are parted by ", ".
        sources << QStringLiteral("%1: %2").arg(fromView(d.key),
                                                atDefault(d, parameters)
                                                    ? fromView(d.shortSource).replace(QStringLiteral("; "), QStringLiteral(", "))
                                                    : QStringLiteral("set by the scenario"));
    }
    // One line each: QImageReader reads a PNG's text back with its line breaks made spaces.
    QStringList description{QStringLiteral("Scenario: %1").arg(inputs.scenarioName),
                            QStringLiteral("parameters: %1").arg(valuesOf(parameters))};
    // A comparison names every scenario it draws, and its values.
    if (kind == ChartKind::Compare && inputs.compared) {
        for (const ComparedScenario &compared : *inputs.compared)
            description << QStringLiteral("compared with %1: %2")
                               .arg(compared.name, valuesOf(compared.results.parameters));
    }
    if (inputs.uncertainty)
        description << QStringLiteral("Monte Carlo: %1 draws, seed %2")
                           .arg(inputs.uncertainty->monteCarlo.samples)
                           .arg(inputs.uncertainty->seed);
    provenance.description = description.join(QStringLiteral("; "));
    provenance.source = QStringLiteral("Sources of the defaults, cited in full in PledgeCheck's "
                                       "docs/model.md: ")
                        + sources.join(QStringLiteral("; "));
    return provenance;
}

QString ChartProvenance::svgDescription() const
{
    return QStringLiteral("Software: %1\nDescription: %2\nSource: %3").arg(software, description, source);
}

QString footerText(const ChartInputs &inputs)
{
    // Each source once, in the table's order: "CNNMoney 2017" stands for eight parameters.
    QStringList sources;
    int setByScenario = 0;
    for (const ParameterDescriptor &d : parameterTable()) {
        if (!atDefault(d, inputs.current.parameters)) {
            ++setByScenario;
            continue;
        }
        // A source's own words are joined by no-break spaces: a line breaks between sources,
        // never inside one ("Jack Ma at Davos 2017" stays whole).
        for (const QString &source : fromView(d.shortSource).split(QStringLiteral("; "))) {
            const QString whole = QString(source).replace(QLatin1Char(' '), QChar::Nbsp);
            if (!sources.contains(whole))
                sources << whole;
        }
    }
    QStringList parts{inputs.scenarioName, softwareName()};
    if (!sources.isEmpty())
        parts << QCoreApplication::translate("Charts", "Sources of the defaults: %1")
                     .arg(sources.join(QStringLiteral("; ")));
    if (setByScenario > 0)
        parts << (setByScenario == 1
                      ? QCoreApplication::translate("Charts", "1 value set by the scenario")
                      : QCoreApplication::translate("Charts", "%1 values set by the scenario").arg(setByScenario));
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace pledgecheck
