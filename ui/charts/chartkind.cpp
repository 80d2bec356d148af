#include "chartkind.h"

namespace pledgecheck {

QString chartName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Jobs: return QStringLiteral("jobs");
    case ChartKind::Sellers: return QStringLiteral("sellers");
    case ChartKind::Sources: return QStringLiteral("sources");
    case ChartKind::Uncertainty: return QStringLiteral("uncertainty");
    case ChartKind::Sensitivity: return QStringLiteral("sensitivity");
    }
    return {};
}

std::optional<ChartKind> chartNamed(const QString &name)
{
    for (ChartKind kind : kChartKinds) {
        if (chartName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList chartNames()
{
    QStringList names;
    for (ChartKind kind : kChartKinds)
        names << chartName(kind);
    return names;
}

} // namespace pledgecheck
