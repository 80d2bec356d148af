#pragma once

#include <QSize>
#include <QWidget>

namespace pledgecheck {

/// Holds one widget whose texts change often (the key figures, on every slider step) and keeps
/// the change from laying out the whole window again. A label's new text asks its layout for a
/// new size, and the request climbs, layout by layout, to the main window, which then lays out
/// every dock and the charts and repaints its background, twice a step (seen in a drag of the
/// growth slider: the main window's layout was activated 1,143 times in 600 steps). Here the
/// request stops: the content is laid out again within its own size, and the window hears of it
/// only when what it lays out by has changed: the content's minimum size or its height.
class LayoutBoundary : public QWidget
{
    Q_OBJECT

public:
    /// Takes @p content as its only child, filling it.
    explicit LayoutBoundary(QWidget *content, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// What the window lays out by: the content's minimum size and its height at this width.
    struct Told {
        QSize minimum;
        int height = -1;
        bool operator==(const Told &) const = default;
    };
    Told toldNow() const;
    /// Asks the window for a new layout if what it lays out by has changed since it was told.
    void tellTheWindowIfChanged();

    QWidget *m_content;
    Told m_told;
};

} // namespace pledgecheck
