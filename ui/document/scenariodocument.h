#pragma once

#include "modelmessage.h"
#include "scenario.h"
#include "scenarioresults.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QUndoStack;

namespace pledgecheck {

class ChangeParameterCommand;
class ChangeScenarioTextCommand;
template <typename Entries>
class ChangeEntriesCommand;
class UncertaintyRunner;
struct ParameterSetting;
struct UncertaintyResults;

/// The open scenario: its values, file path, undo stack and latest results, the Monte Carlo's
/// among them. Every view reads its results here and redraws on resultsChanged(); widgets change
/// it only through its change...() methods, which push undo commands (its apply methods are for
/// those commands alone). It recomputes through the model and says what changed. "Modified" is
/// "the undo stack is not clean".
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    /// What a resultsChanged() brings.
    enum class ResultsChange {
        /// The values, and with them every result: the projection, the key figures, the baseline
        /// and the draws (a quick sample of them, while the full one runs).
        All,
        /// Only the draws: the full sample has replaced the quick one, for the same values.
        RefinedDraws,
    };
    Q_ENUM(ResultsChange)

    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    const Scenario &scenario() const { return m_scenario; }
    /// The projection and the key figures of the values as set.
    const ScenarioResults &results() const { return m_results; }
    /// The results of the scenario as last opened or saved, for the charts' ghost.
    const ScenarioResults &baseline() const { return m_baseline; }
    /// How many reported figures the scenario as last opened or saved holds (the baseline's
    /// results carry its events, not its reports): for the Compare tab's "as saved" column.
    std::size_t baselineObservations() const { return m_baselineObservations; }
    /// The Monte Carlo over the scenario's uncertainty: a quick sample at once after each change
    /// (fast enough for every slider step), then the full sample, run in a worker once the values
    /// have rested. Null when every input is fixed, or when the run failed (uncertaintyProblem()).
    /// Shared and never changed: a view may keep it as long as it likes.
    const std::shared_ptr<const UncertaintyResults> &uncertainty() const;
    /// True when uncertainty() comes from the full sample (or there is none to run).
    bool isUncertaintyRefined() const;
    /// Why there are no draws although something is uncertain; empty otherwise.
    QString uncertaintyProblem() const;
    /// What runs the Monte Carlo: for tests, to replace its computation.
    UncertaintyRunner *uncertaintyRunner() const { return m_uncertainty; }

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

    /// Sets one parameter through an undo command; its distribution moves with it. Edits with the
    /// same non-zero @p editSession merge into one undo step. A value that would make the
    /// scenario invalid is refused: returns false, pushes nothing and emits editRefused() with
    /// the reason.
    bool changeParameter(ParameterId id, double value, int editSession = 0);
    /// Sets several parameters at once through one undo step called @p text (a fit to reported
    /// data); each distribution moves with its value. Values that would make the scenario
    /// invalid are refused: returns false, pushes nothing and emits editRefused() with the reason.
    bool changeParameters(const std::vector<std::pair<ParameterId, double>> &values, const QString &text);
    /// Gives parameter @p id the uncertainty @p distribution through an undo command; the value
    /// moves to the distribution's centre (a fixed one leaves it). A distribution that does not
    /// suit the parameter is refused: returns false, pushes nothing and emits editRefused() with
    /// the reason.
    bool changeDistribution(ParameterId id, const Distribution &distribution);
    /// Renames the scenario, or changes its note, through an undo command. A name or note past
    /// its limit (scenariotext.h) is refused: returns false and emits editRefused() with the reason.
    bool changeName(const QString &name);
    bool changeNote(const QString &note);

    /// Adds an event at the end of the list, changes the one at @p row, or removes it, each
    /// through an undo command ("Add event", "Edit event", "Remove event"). An event the rules
    /// refuse (eventrules::eventProblem, or a second change of the same parameter in the same
    /// month) is refused: returns false, pushes nothing and emits editRefused() with the reason.
    bool addEvent(const ScenarioEvent &event);
    bool changeEvent(std::size_t row, const ScenarioEvent &event);
    bool removeEvent(std::size_t row);
    /// The same for the reported figures, checked by eventrules::observationProblem.
    bool addObservation(const Observation &observation);
    bool changeObservation(std::size_t row, const Observation &observation);
    bool removeObservation(std::size_t row);

signals:
    /// Results changed: the values with them (a command, undo, redo or reset), the baseline (a
    /// save), or the draws alone (refined). Every view of the results listens to this alone.
    void resultsChanged(ScenarioDocument::ResultsChange change);
    void nameOrNoteChanged();
    /// The events changed (a command, undo or redo); resultsChanged() follows, as events change
    /// the projection. Not emitted by reset(), which emits documentReset().
    void eventsChanged();
    /// The observations changed: nothing computed changes, only what the charts mark.
    void observationsChanged();
    void filePathChanged();
    void modifiedChanged(bool modified);
    /// The whole scenario was replaced.
    void documentReset();
    void editRefused(const QString &problem);

private:
    // The undo commands are the only code that changes the scenario besides reset(): each sets
    // its part without an undo step of its own, and the document recomputes and says so.
    friend class ChangeParameterCommand;
    friend class ChangeScenarioTextCommand;
    friend class ChangeParametersCommand;
    template <typename Entries>
    friend class ChangeEntriesCommand;
    void applyParameter(ParameterId id, const ParameterSetting &setting);
    void applyParameters(const std::vector<std::pair<ParameterId, ParameterSetting>> &settings);
    void applyName(const QString &name);
    void applyNote(const QString &note);
    void applyEntries(const ScenarioEvents &events);
    void applyEntries(const Observations &observations);
    /// Pushes the events, or the observations, as @p after, unless the rules refuse its entry at
    /// @p changedRow (the one added or edited; none for a removal).
    bool pushEvents(ScenarioEvents after, std::optional<std::size_t> changedRow, const QString &text);
    bool pushObservations(Observations after, std::optional<std::size_t> changedRow, const QString &text);

    /// The projection, the key figures and the quick draws of the values as they now are.
    void recompute();
    /// Emits editRefused() with @p problem in the window's language (ui/text/messagetext.h).
    bool refuse(const ModelMessage &problem);
    /// Why the scenario may not take @p changed: a value out of range (Parameters::validate), or
    /// a start or horizon that would leave an event or report outside it; empty when it may.
    std::optional<ModelMessage> problemWith(const Parameters &changed) const;
    /// The open slider drag on @p id of @p editSession: the top undo step, if it is one.
    const ChangeParameterCommand *openDrag(ParameterId id, int editSession) const;

    Scenario m_scenario;
    ScenarioResults m_results;
    ScenarioResults m_baseline;
    std::size_t m_baselineObservations = 0;
    QString m_filePath;
    QUndoStack *m_undoStack;
    UncertaintyRunner *m_uncertainty;
};

} // namespace pledgecheck
