#pragma once

#include <QLabel>

namespace pledgecheck {

/// A key figure's text, which changes on every slider step, and which a reader can select and
/// copy. A QLabel made selectable lays its text out as a QTextDocument, again on every change, to
/// measure and to paint it (callgrind, 40 steps of a drag: about 8 M instructions a step for the
/// key figures, a sixth of the step); a plain label measures and draws its text directly. This
/// one is plain until pressed: the press makes it selectable and starts the selection, and
/// settle() makes it plain again before its next change, unless something in it is selected.
class FigureLabel : public QLabel
{
    Q_OBJECT // so that findChildren<FigureLabel *>() finds these and no other QLabel

public:
    explicit FigureLabel(QWidget *parent = nullptr);

    /// Plain again, unless the reader has selected part of it: call before changing its text.
    void settle();

protected:
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace pledgecheck
