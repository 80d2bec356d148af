#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace pledgecheck {

/// The charts the app draws, in tab order; also the names --chart takes.
enum class ChartKind { Jobs, Sellers, Sources, Uncertainty, Sensitivity };

inline constexpr std::array<ChartKind, 5> kChartKinds{ChartKind::Jobs, ChartKind::Sellers,
                                                      ChartKind::Sources, ChartKind::Uncertainty,
                                                      ChartKind::Sensitivity};

/// "jobs", "sellers", "sources", "uncertainty", "sensitivity".
QString chartName(ChartKind kind);
/// The chart called @p name, or none.
std::optional<ChartKind> chartNamed(const QString &name);
/// Every chart name, in tab order.
QStringList chartNames();

} // namespace pledgecheck
