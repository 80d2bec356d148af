#pragma once

#include "scenario.h"
#include "scenarioresults.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace pledgecheck {

/// The open scenario: its values, file path, undo stack and latest results. Widgets display it and
/// change it only through its change...() methods, which push undo commands; it recomputes through
/// the model and says what changed. "Modified" is "the undo stack is not clean".
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    const Scenario &scenario() const { return m_scenario; }
    const ScenarioResults &results() const { return m_results; }
    /// The results of the scenario as last opened or saved, for the charts' ghost.
    const ScenarioResults &baseline() const { return m_baseline; }
    QString filePath() const { return m_filePath; }
    /// The scenario's name, or "Untitled" when it has none.
    QString displayName() const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Replaces everything (open, new from a preset, revert): clears the undo history and makes
    /// @p scenario the baseline. @p scenario must be valid.
    void reset(const Scenario &scenario, const QString &filePath);
    /// After a successful save to @p filePath: the current values become the baseline, and the
    /// document is unmodified.
    void markSaved(const QString &filePath);

    /// Marks the document modified with no undo step to go back to (work recovered after a
    /// crash is unsaved work).
    void markRecovered();

    /// A new id for a run of edits that should undo as one step (a slider drag).
    static int beginEditSession();

    /// Sets one parameter through an undo command. Edits with the same non-zero @p editSession
    /// merge into one undo step. A value that would make the scenario invalid is refused: returns
    /// false and emits editRefused() with the reason.
    bool changeParameter(ParameterId id, double value, int editSession = 0);
    /// Gives parameter @p id the uncertainty @p distribution through an undo command; the value
    /// moves to the distribution's centre (a fixed one leaves it). A distribution that does not
    /// suit the parameter is refused: returns false and emits editRefused() with the reason.
    bool changeDistribution(ParameterId id, const Distribution &distribution);
    /// Renames the scenario, or changes its note, through an undo command. A name or note past
    /// its limit (scenariotext.h) is refused: returns false and emits editRefused() with the reason.
    bool changeName(const QString &name);
    bool changeNote(const QString &note);

    /// For the undo commands only: set a value and its distribution and recompute, without an
    /// undo step.
    void applyParameter(ParameterId id, double value, const Distribution &distribution);
    void applyName(const QString &name);
    void applyNote(const QString &note);

signals:
    /// Values and results changed (a command, undo, redo or reset).
    void resultsChanged();
    void nameOrNoteChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);
    /// The whole scenario was replaced.
    void documentReset();
    void editRefused(const QString &problem);

private:
    Scenario m_scenario;
    ScenarioResults m_results;
    ScenarioResults m_baseline;
    QString m_filePath;
    QUndoStack *m_undoStack;
};

} // namespace pledgecheck
