package dev.navi.report.xlsx;

import dev.navi.metrics.MetricTable;
import java.util.List;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;



/**
 * Native Excel charts beside a table's data. The series refer to the sheet's own cells (so the chart follows edits
 * in Excel) and carry a cache of the values (so viewers that do not recalculate still draw them). The streaming
 * workbook has no chart API of its own; its sheet's underlying drawing ({@link SXSSFSheet#getDrawingPatriarch()})
 * takes the chart. Table layout as {@link AtlasWorkbook} writes it: title row 0, note row 1, header row 2, data from
 * row 3.
 */
final class NativeCharts {
    private static final int FIRST_DATA_ROW = 3;

    private NativeCharts() {
    }

    /** {@code t} is the table as its sheet shows it (columns, display values), {@code headers} its header row. */
    static void draw(SXSSFSheet sheet, String sheetName, MetricTable t, List<String> headers,
                     AtlasWorkbookModel.NativeChart spec, boolean zh) {
        int cat = t.columns().indexOf(spec.categoryColumn());
        int n = t.rows().size();
        if (cat < 0 || n == 0) {
            return;
        }
        String[] categories = new String[n];
        for (int i = 0; i < n; i++) {
            Object v = t.rows().get(i).get(cat);
            categories[i] = v == null ? "" : v.toString();
        }
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        int left = t.columns().size() + 1;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 2, left + 12, 26);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(zh ? spec.titleZh() : spec.titleEn());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        String quoted = "'" + sheetName.replace("'", "''") + "'!";
        XDDFDataSource<String> xs = XDDFDataSourcesFactory.fromArray(categories, quoted + range(cat, n));
        XDDFChartData data = chart.createData(spec.kind() == AtlasWorkbookModel.NativeChart.Kind.LINE ? ChartTypes.LINE
                : ChartTypes.BAR, x, y);
        int drawn = 0;
        for (String column : spec.seriesColumns()) {
            int c = t.columns().indexOf(column);
            if (c < 0) {
                continue;
            }
            Double[] values = new Double[n];
            for (int i = 0; i < n; i++) {
                values[i] = t.rows().get(i).get(c) instanceof Number num ? num.doubleValue() : null;
            }
            XDDFNumericalDataSource<Double> ys = XDDFDataSourcesFactory.fromArray(values, quoted + range(c, n));
            XDDFChartData.Series series = data.addSeries(xs, ys);
            series.setTitle(headers.get(c), new CellReference(sheetName, FIRST_DATA_ROW - 1, c, true, true));
            drawn++;
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            bar.setVaryColors(false);
        }
        if (data instanceof XDDFLineChartData line) {
            line.setVaryColors(false);
        }
        if (drawn > 0) {
            chart.plot(data);
        }
    }

    private static String range(int column, int rows) {
        String col = CellReference.convertNumToColString(column);
        return "$" + col + "$" + (FIRST_DATA_ROW + 1) + ":$" + col + "$" + (FIRST_DATA_ROW + rows);
    }

}
