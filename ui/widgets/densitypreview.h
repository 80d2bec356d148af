#pragma once

#include "distribution.h"
#include "parameterdescriptor.h"

#include <QList>
#include <QPointF>
#include <QWidget>

namespace pledgecheck {

/// A small drawing of a distribution's density, truncated to its parameter's valid range, with
/// the parameter's value (the distribution's centre) marked: what the distribution editor shows
/// as the analyst types.
class DensityPreview : public QWidget
{
    Q_OBJECT

public:
    explicit DensityPreview(QWidget *parent = nullptr);

    /// Shows @p distribution of parameter @p descriptor, whose value is @p value; a fixed one
    /// shows the value alone.
    void setDistribution(const ParameterDescriptor &descriptor, const Distribution &distribution,
                         double value);
    /// Shows nothing but @p message (a distribution that cannot be drawn).
    void setMessage(const QString &message);

    const QList<QPointF> &curve() const { return m_curve; }

    /// The density of @p distribution truncated to [@p low, @p high], worked out from its
    /// quantiles alone: between quantiles at @p steps equal steps of probability (from 0.001 to
    /// 0.999), the density is the step of probability over the step of value. Points (x, density)
    /// at the middle of each step; steps of no width (a fixed value) are left out.
    static QList<QPointF> densityCurve(const Distribution &distribution, double low, double high,
                                       int steps);

    QSize sizeHint() const override { return {340, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const ParameterDescriptor *m_descriptor = nullptr;
    QList<QPointF> m_curve;
    double m_value = 0;
    QString m_message;
};

} // namespace pledgecheck
