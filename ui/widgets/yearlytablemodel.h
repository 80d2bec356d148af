#pragma once

#include <QAbstractTableModel>

namespace pledgecheck {

class ScenarioDocument;

/// The projection at each whole year from the start: month, sellers, hiring sellers, direct,
/// service, jobs, export-supported jobs. Display text has thousands separators; the edit role
/// gives the plain number, for copying into a spreadsheet.
class YearlyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Sellers, HiringSellers, DirectJobs, ServiceJobs, Jobs, ExportSupportedJobs, ColumnCount };

    explicit YearlyTableModel(ScenarioDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refresh();

    ScenarioDocument *m_document;
    int m_rows = 0;
};

} // namespace pledgecheck
