#include "ui/library/library_view.h"

#include "ui/common/icons.h"
#include "ui/library/library_delegate.h"
#include "ui/library/library_model.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace reelforge::ui {

namespace {

struct SortChoice {
    const char* label;
    int role;
    Qt::SortOrder order;
};

constexpr SortChoice kSortChoices[] = {
    { QT_TRANSLATE_NOOP("reelforge::ui::LibraryView", "Newest first"), LibraryModel::ImportedAtRole,
        Qt::DescendingOrder },
    { QT_TRANSLATE_NOOP("reelforge::ui::LibraryView", "Oldest first"), LibraryModel::ImportedAtRole,
        Qt::AscendingOrder },
    { QT_TRANSLATE_NOOP("reelforge::ui::LibraryView", "Title A–Z"), LibraryModel::TitleRole,
        Qt::AscendingOrder },
    { QT_TRANSLATE_NOOP("reelforge::ui::LibraryView", "Longest first"), LibraryModel::DurationRole,
        Qt::DescendingOrder },
    { QT_TRANSLATE_NOOP("reelforge::ui::LibraryView", "Shortest first"), LibraryModel::DurationRole,
        Qt::AscendingOrder },
    { QT_TRANSLATE_NOOP("reelforge::ui::LibraryView", "Highest resolution"), LibraryModel::PixelCountRole,
        Qt::DescendingOrder },
    { QT_TRANSLATE_NOOP("reelforge::ui::LibraryView", "Largest file"), LibraryModel::SizeBytesRole,
        Qt::DescendingOrder },
};

}  // namespace

LibraryView::LibraryView(LibraryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_delegate(new LibraryDelegate(m_list))
    , m_stack(new QStackedWidget(this))
    , m_noMatches(new QLabel(this))
    , m_count(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_gridAction(new QAction(icons::themed(QStringLiteral("grid")), tr("Grid"), this))
    , m_listAction(new QAction(icons::themed(QStringLiteral("list")), tr("List"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(LibraryModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(true);

    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(m_delegate);
    m_list->viewport()->installEventFilter(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(200);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Library"));

    m_noMatches->setObjectName(QStringLiteral("noMatches"));
    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setProperty("role", QStringLiteral("muted"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_noMatches);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addWidget(m_stack, 1);

    auto* modes = new QActionGroup(this);
    for (QAction* a : { m_gridAction, m_listAction }) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    connect(m_gridAction, &QAction::triggered, this, [this] { setMode(Mode::Grid); });
    connect(m_listAction, &QAction::triggered, this, [this] { setMode(Mode::List); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &LibraryView::applySort);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &LibraryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LibraryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LibraryView::updateCount);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { emit currentAssetChanged(idAt(current)); });
    connect(m_list, &QListView::activated, this,
        [this](const QModelIndex& index) { emit assetActivated(idAt(index)); });

    setMode(Mode::Grid);
    applySort(0);
    updateCount();
}

QWidget* LibraryView::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("libraryHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    auto* title = new QLabel(tr("Library"), header);
    title->setProperty("role", QStringLiteral("heading"));
    m_count->setProperty("role", QStringLiteral("muted"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search titles and file names"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icons::themed(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAcceptDrops(false);  // dropped files go to the import, anywhere on the window
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(360);

    m_sort->setObjectName(QStringLiteral("sortBox"));
    m_sort->setToolTip(tr("Sort the library"));
    for (const SortChoice& choice : kSortChoices)
        m_sort->addItem(tr(choice.label));

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(20, 14, 16, 10);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_count, 0, Qt::AlignBottom);
    layout->addStretch(1);
    layout->addWidget(m_search);
    layout->addWidget(m_sort);
    for (QAction* a : { m_gridAction, m_listAction }) {
        auto* button = new QToolButton(header);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        button->setIconSize({ 18, 18 });
        layout->addWidget(button);
    }
    return header;
}

bool LibraryView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitCards();
    return QWidget::eventFilter(watched, event);
}

void LibraryView::fitCards()
{
    // Icon mode puts `spacing` before each item and after the last one. The scroll bar's
    // width is always set aside, so cards do not change size when it comes and goes.
    const int spacing = m_list->spacing();
    const int scrollBar = m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const int available = m_list->width() - 2 * m_list->frameWidth() - scrollBar - spacing - 1;
    const int minimum = LibraryDelegate::kThumbnailSize.width();
    const int columns = std::max(1, available / (minimum + spacing));
    const int width = std::min(available / columns - spacing, minimum * 3 / 2);
    if (width != m_delegate->cardWidth()) {
        m_delegate->setCardWidth(width);
        m_list->doItemsLayout();
    }
}

void LibraryView::setMode(Mode mode)
{
    const bool grid = mode == Mode::Grid;
    m_list->setViewMode(grid ? QListView::IconMode : QListView::ListMode);
    m_list->setFlow(grid ? QListView::LeftToRight : QListView::TopToBottom);
    m_list->setWrapping(grid);
    m_list->setSpacing(grid ? 10 : 0);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setDragEnabled(false);
    (grid ? m_gridAction : m_listAction)->setChecked(true);
    fitCards();
    if (const QModelIndex current = m_list->currentIndex(); current.isValid())
        m_list->scrollTo(current);
}

LibraryView::Mode LibraryView::mode() const
{
    return m_list->viewMode() == QListView::IconMode ? Mode::Grid : Mode::List;
}

void LibraryView::setSortIndex(int index)
{
    if (index >= 0 && index < m_sort->count())
        m_sort->setCurrentIndex(index);
}

int LibraryView::sortIndex() const
{
    return m_sort->currentIndex();
}

void LibraryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString LibraryView::currentAssetId() const
{
    return idAt(m_list->currentIndex());
}

QStringList LibraryView::selectedAssetIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedIndexes())
        ids << idAt(index);
    if (ids.isEmpty() && m_list->currentIndex().isValid())
        ids << currentAssetId();
    return ids;
}

void LibraryView::selectAsset(const QString& id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfId(id));
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void LibraryView::applySort(int index)
{
    if (index < 0 || index >= static_cast<int>(std::size(kSortChoices)))
        return;
    const SortChoice& choice = kSortChoices[index];
    m_proxy->setSortRole(choice.role);
    m_proxy->sort(0, choice.order);
}

void LibraryView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n item(s)", nullptr, total)
                                    : tr("%1 of %n item(s)", nullptr, total).arg(shown));
    const bool empty = shown == 0 && total > 0;
    m_noMatches->setText(tr("Nothing matches “%1”.").arg(m_search->text()));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_noMatches) : m_list);
}

QString LibraryView::idAt(const QModelIndex& proxyIndex) const
{
    return proxyIndex.isValid() ? proxyIndex.data(LibraryModel::IdRole).toString() : QString();
}

}  // namespace reelforge::ui
