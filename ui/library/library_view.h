#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStackedWidget;

namespace reelforge::ui {

class LibraryDelegate;
class LibraryModel;

// The library browser: a header (count, search, sort, grid/list switch) over one QListView
// that shows the model through a sorting and filtering proxy. Emits asset ids, never rows.
class LibraryView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Grid, List };

    explicit LibraryView(LibraryModel* model, QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const;
    void setSortIndex(int index);
    int sortIndex() const;
    void focusSearch();

    QString currentAssetId() const;
    QStringList selectedAssetIds() const;
    void selectAsset(const QString& id);

    QAction* gridAction() const { return m_gridAction; }
    QAction* listAction() const { return m_listAction; }
    QListView* listView() const { return m_list; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

signals:
    void currentAssetChanged(const QString& id);  // empty when nothing is selected
    void assetActivated(const QString& id);  // double-click or Enter

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    QWidget* buildHeader();
    void fitCards();
    void applySort(int index);
    void updateCount();
    QString idAt(const QModelIndex& proxyIndex) const;

    LibraryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QListView* m_list;
    LibraryDelegate* m_delegate;
    QStackedWidget* m_stack;
    QLabel* m_noMatches;
    QLabel* m_count;
    QLineEdit* m_search;
    QComboBox* m_sort;
    QAction* m_gridAction;
    QAction* m_listAction;
};

}  // namespace reelforge::ui
