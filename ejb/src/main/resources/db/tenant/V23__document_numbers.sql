-- Document numbers (SAL-03..09 and every numbered document after them): one counter per document
-- type and year, taken in the transaction that creates the document, so a rolled-back document
-- gives its number back and the numbers of a year have no gaps (发票号、订单号 must not skip).
create table document_sequence (
    document_type varchar(40) not null,
    period        integer     not null,
    last_value    bigint      not null default 0,
    constraint pk_document_sequence primary key (document_type, period),
    constraint ck_document_sequence_value check (last_value >= 0)
);
