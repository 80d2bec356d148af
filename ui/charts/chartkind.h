#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pledgecheck {

/// The charts the app draws; also the names --chart takes.
enum class ChartKind { Jobs, Sellers, Sources };

/// "jobs", "sellers", "sources".
QString chartName(ChartKind kind);
/// The chart called @p name, or none.
std::optional<ChartKind> chartNamed(const QString &name);
/// Every chart name, in tab order.
QStringList chartNames();

} // namespace pledgecheck
