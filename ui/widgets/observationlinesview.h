#pragma once

#include <QFrame>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace pledgecheck {

class ScenarioDocument;

/// Under the key figures, one line per reported figure the scenario holds (docs/model.md,
/// "Observations"): the report, the projection in its month and how many times the report it
/// is, and the pledge's own path there. "2020-01 sellers: reported 3,000 (1,000–9,000),
/// projected 15,600, 5.2×; the pledge's own path 320,000". The source in its tooltip. Hidden
/// when the scenario holds none.
class ObservationLinesView : public QFrame
{
    Q_OBJECT

public:
    explicit ObservationLinesView(ScenarioDocument *document, QWidget *parent = nullptr);

    /// The lines as shown, for tests.
    QStringList lines() const;

private:
    void showLines();

    ScenarioDocument *m_document;
    QVBoxLayout *m_layout;
    std::vector<QLabel *> m_labels;
};

} // namespace pledgecheck
