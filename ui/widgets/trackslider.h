#pragma once

#include <QSlider>

#include <functional>

namespace pledgecheck {

/// A parameter's slider. Its track spans a plausible range, narrower than the valid one; a value
/// typed beyond the track pins the thumb at that end, and the thumb then carries an arrow
/// pointing past the end (in the warning colour), so a pinned thumb is never read as the value.
/// A screen reader hears the parameter's value with its unit, not the track position
/// (trackslideraccessible.h).
class TrackSlider : public QSlider
{
    Q_OBJECT

public:
    enum class Beyond { No, BelowTrack, AboveTrack };

    explicit TrackSlider(QWidget *parent = nullptr);

    void setBeyond(Beyond beyond);
    Beyond beyond() const { return m_beyond; }

    /// The parameter's value as the window writes it ("36 % per year") and as a number in the
    /// shown unit (36): what QAccessible reads for the slider instead of its position.
    void setShownValue(const QString &text, double shown);
    QString shownText() const { return m_shownText; }
    double shownValue() const { return m_shownValue; }
    /// The track's ends and its smallest step in the shown unit, and the position a shown value
    /// takes (pinned to the track), so that assistive technology may set a value as it reads it.
    void setShownScale(double minimum, double maximum, double step, std::function<int(double)> positionOf);
    double shownMinimum() const { return m_shownMinimum; }
    double shownMaximum() const { return m_shownMaximum; }
    double shownStep() const { return m_shownStep; }
    int positionOf(double shown) const { return m_positionOf ? m_positionOf(shown) : value(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Beyond m_beyond = Beyond::No;
    QString m_shownText;
    double m_shownValue = 0.0;
    double m_shownMinimum = 0.0;
    double m_shownMaximum = 0.0;
    double m_shownStep = 0.0;
    std::function<int(double)> m_positionOf;
};

} // namespace pledgecheck
