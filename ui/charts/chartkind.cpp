#include "chartkind.h"

namespace pledgecheck {

QString chartName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Jobs: return QStringLiteral("jobs");
    case ChartKind::Sellers: return QStringLiteral("sellers");
    case ChartKind::Sources: return QStringLiteral("sources");
    }
    return {};
}

std::optional<ChartKind> chartNamed(const QString &name)
{
    for (ChartKind kind : {ChartKind::Jobs, ChartKind::Sellers, ChartKind::Sources}) {
        if (chartName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList chartNames()
{
    return {chartName(ChartKind::Jobs), chartName(ChartKind::Sellers), chartName(ChartKind::Sources)};
}

} // namespace pledgecheck
