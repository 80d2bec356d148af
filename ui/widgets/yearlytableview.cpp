#include "yearlytableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>

#include <algorithm>

namespace pledgecheck {

YearlyTableView::YearlyTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("yearlyTable"));
    setAccessibleName(tr("Yearly figures"));
    setAccessibleDescription(tr("The projection at the start and at the end of each year; select "
                                "cells and press Ctrl+C to copy them"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Tab leaves the table for the next control, as everywhere else; the arrow keys go from cell
    // to cell. With Tab going from cell to cell, a keyboard user could not leave it.
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &YearlyTableView::copySelection);
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString YearlyTableView::selectionAsText() const
{
    QModelIndexList cells = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty())
        return {};
    std::sort(cells.begin(), cells.end());
    QList<int> columns;
    for (const QModelIndex &cell : cells) {
        if (!columns.contains(cell.column()))
            columns.append(cell.column());
    }
    std::sort(columns.begin(), columns.end());

    QStringList lines;
    QStringList header;
    for (int column : columns)
        header << model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(QLatin1Char('\t'));
    int row = -1;
    QStringList line;
    for (const QModelIndex &cell : cells) {
        if (cell.row() != row) {
            if (row >= 0)
                lines << line.join(QLatin1Char('\t'));
            row = cell.row();
            line = QStringList(columns.size(), QString());
        }
        const QVariant value = cell.data(Qt::EditRole);
        line[columns.indexOf(cell.column())] = value.typeId() == QMetaType::Double
                                                   ? QString::number(value.toDouble(), 'g', 12)
                                                   : value.toString();
    }
    lines << line.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void YearlyTableView::copySelection()
{
    const QString text = selectionAsText();
    if (text.isEmpty()) {
        emit copied(tr("Nothing copied: select rows or cells of the yearly table first"));
        return;
    }
    QApplication::clipboard()->setText(text);
    // A line a row, and the headers' line.
    const int rows = static_cast<int>(text.count(QLatin1Char('\n'))) - 1;
    emit copied(rows == 1 ? tr("Copied 1 row of the yearly table")
                          : tr("Copied %1 rows of the yearly table").arg(rows));
}

} // namespace pledgecheck
