#include "trackslideraccessible.h"

#include "trackslider.h"

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>

#include <mutex>

namespace pledgecheck {

namespace {

// Qt's own slider interface (QAccessibleSlider) is private API; this one keeps its role and
// states (QAccessibleWidget) and answers the value in the parameter's terms.
class TrackSliderAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit TrackSliderAccessible(TrackSlider *slider)
        : QAccessibleWidget(slider, QAccessible::Slider)
    {
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return slider()->shownText();
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override { return slider()->shownValue(); }
    void setCurrentValue(const QVariant &value) override
    {
        bool ok = false;
        const double shown = value.toDouble(&ok);
        if (ok)
            slider()->setValue(slider()->positionOf(shown));
    }
    QVariant maximumValue() const override { return slider()->shownMaximum(); }
    QVariant minimumValue() const override { return slider()->shownMinimum(); }
    QVariant minimumStepSize() const override { return slider()->shownStep(); }

private:
    TrackSlider *slider() const { return static_cast<TrackSlider *>(widget()); }
};

QAccessibleInterface *trackSliderFactory(const QString &, QObject *object)
{
    if (auto *slider = qobject_cast<TrackSlider *>(object))
        return new TrackSliderAccessible(slider);
    return nullptr;
}

} // namespace

void installTrackSliderAccessibility()
{
    static std::once_flag installed;
    std::call_once(installed, [] { QAccessible::installFactory(trackSliderFactory); });
}

} // namespace pledgecheck
