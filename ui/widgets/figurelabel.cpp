#include "figurelabel.h"

namespace pledgecheck {

FigureLabel::FigureLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextInteractionFlags(Qt::NoTextInteraction); // plain, until pressed
#ifndef QT_NO_CURSOR
    // The text cursor, as over selectable text: it can be selected, the press makes it so.
    setCursor(Qt::IBeamCursor);
#endif
}

void FigureLabel::settle()
{
    if (textInteractionFlags() != Qt::NoTextInteraction && !hasSelectedText())
        setTextInteractionFlags(Qt::NoTextInteraction);
}

void FigureLabel::mousePressEvent(QMouseEvent *event)
{
    if (!(textInteractionFlags() & Qt::TextSelectableByMouse))
        setTextInteractionFlags(Qt::TextSelectableByMouse);
    QLabel::mousePressEvent(event); // the selectable label's own press: the selection starts
}

} // namespace pledgecheck
