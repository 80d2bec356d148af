#pragma once

#include <QSlider>

namespace pledgecheck {

/// A parameter's slider. Its track spans a plausible range, narrower than the valid one; a value
/// typed beyond the track pins the thumb at that end, and the thumb then carries an arrow
/// pointing past the end (in the warning colour), so a pinned thumb is never read as the value.
class TrackSlider : public QSlider
{
    Q_OBJECT

public:
    enum class Beyond { No, BelowTrack, AboveTrack };

    explicit TrackSlider(QWidget *parent = nullptr);

    void setBeyond(Beyond beyond);
    Beyond beyond() const { return m_beyond; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Beyond m_beyond = Beyond::No;
};

} // namespace pledgecheck
