#include "layoutboundary.h"

#include <QEvent>

namespace pledgecheck {

LayoutBoundary::LayoutBoundary(QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_content(content)
{
    setObjectName(content->objectName() + QStringLiteral("Boundary"));
    setSizePolicy(content->sizePolicy());
    // No layout of its own: the content's requests for a new size arrive here as LayoutRequest
    // events (a child of a widget without a layout posts one to it) instead of climbing on.
    m_content->setParent(this);
    m_told = toldNow();
}

QSize LayoutBoundary::sizeHint() const
{
    return m_content->sizeHint();
}

QSize LayoutBoundary::minimumSizeHint() const
{
    return m_content->minimumSizeHint();
}

bool LayoutBoundary::hasHeightForWidth() const
{
    return m_content->hasHeightForWidth();
}

int LayoutBoundary::heightForWidth(int width) const
{
    return m_content->heightForWidth(width);
}

LayoutBoundary::Told LayoutBoundary::toldNow() const
{
    const QSize minimum = m_content->minimumSize().expandedTo(m_content->minimumSizeHint());
    const int height = m_content->hasHeightForWidth() && width() > 0
                           ? m_content->heightForWidth(width())
                           : m_content->sizeHint().height();
    return {minimum, height};
}

void LayoutBoundary::tellTheWindowIfChanged()
{
    const Told now = toldNow();
    if (now != m_told) {
        m_told = now;
        updateGeometry(); // the window lays out by these: it must hear of them
    }
}

bool LayoutBoundary::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        // Within its own size the content is already laid out again: its layout did that
        // before asking here. Only the window may need to hear of it.
        tellTheWindowIfChanged();
        return true;
    }
    return QWidget::event(event);
}

void LayoutBoundary::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // While hidden the content's requests did not arrive (they are posted only to a visible
    // parent), and the window may hold hints it read before: have it read them again.
    m_told = toldNow();
    updateGeometry();
}

void LayoutBoundary::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_content->setGeometry(rect());
    m_told = toldNow(); // what the window laid it out by, at this size
}

} // namespace pledgecheck
