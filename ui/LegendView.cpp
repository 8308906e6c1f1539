#include "LegendView.h"

#include "MapView.h"
#include "map/LegendPainter.h"

#include <QPainter>

namespace frontline {

LegendView::LegendView(const MapView &view, QWidget *parent) : QWidget(parent), m_view(view)
{
    connect(&view, &MapView::layersChanged, this, [this] {
        updateGeometry();
        update();
    });
}

QSize LegendView::sizeHint() const
{
    const Legend legend(m_view.overlay(), m_view.layers(), MapStyle::standard());
    return legend.isEmpty() ? QSize(200, 40) : (legend.size(1.0) + QSizeF(16, 16)).toSize();
}

void LegendView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Legend legend(m_view.overlay(), m_view.layers(), MapStyle::standard());
    if (legend.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                         tr("Nothing on the map yet"));
        return;
    }
    legend.paint(painter, QPointF(8, 8), 1.0);
}

} // namespace frontline
