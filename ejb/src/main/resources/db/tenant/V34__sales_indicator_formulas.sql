-- BAS-04: the preset indicators whose data the sales and customer modules now hold get their formulas; a
-- tenant that has written its own keeps it.
update quantitative_indicator set expression = 'SALES_ACTUAL / SALES_TARGET * 100'
    where code = 'KPI_SALES_ACHIEVEMENT' and expression is null;
update quantitative_indicator set expression = 'GROSS_PROFIT / SALES_ACTUAL * 100'
    where code = 'KPI_GROSS_MARGIN' and expression is null;
update quantitative_indicator set expression = 'RECEIPTS / INVOICED * 100'
    where code = 'KPI_COLLECTION_RATE' and expression is null;
-- complaints per hundred customers looked after
update quantitative_indicator set expression = 'COMPLAINTS / CUSTOMERS * 100'
    where code = 'KPI_COMPLAINT_RATE' and expression is null;
