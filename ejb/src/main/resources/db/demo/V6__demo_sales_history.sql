-- Two years of the demo rep's sales at the counter, month by month (a steady growth, the dip of
-- the Spring Festival in February and the year-end peak), for the sales forecast (SAL-01); and two
-- invoices of 昆山鼎盛电子 not yet paid, one of them past due, for the dunning plans (SAL-09).
-- Dates count back from the day the demo company is made; numbers are taken from the company's
-- counters, so documents made later follow on without a gap or a clash.
do $$
declare
    rep       bigint := (select id from user_account where username = 'zhangwei');
    dept      bigint := (select id from department where code = 'SALES_EAST1');
    walk_in   bigint := (select id from customer where code = 'C2026001');
    dingsheng bigint := (select id from customer where code = 'C2026002');
    m         integer;
    day       date;
    qty       numeric(14,3);
    item      record;
    net       numeric(18,2);
    tax       numeric(18,2);
    doc       bigint;
    line      bigint;
    order_id  bigint;
    counter   bigint;
    ago       integer;
    item_code text;
begin
    select id, list_price, tax_rate into item from product where code = 'YE3-132M-4';
    for m in reverse 24..1 loop
        day := (date_trunc('month', current_date) - make_interval(months => m))::date + 14;
        qty := 8 + (24 - m) / 3
               + case extract(month from day) when 2 then -4 when 1 then 2 when 12 then 4 else 0 end;
        net := round(qty * item.list_price, 2);
        tax := round(net * item.tax_rate / 100, 2);
        insert into document_sequence (document_type, period, last_value) values ('cashSale', extract(year from day), 1)
            on conflict (document_type, period) do update set last_value = document_sequence.last_value + 1
            returning last_value into counter;
        insert into cash_sale (number, customer_id, owner_id, department_id, document_date, status, prices_include_tax,
                               payment_method, net_total, tax_total, gross_total, tendered, change_given, paid_at, note)
        values ('POS' || extract(year from day) || '-' || lpad(counter::text, 6, '0'), walk_in, rep, dept, day, 'PAID', false,
                'TRANSFER', net, tax, net + tax, net + tax, 0, day + time '15:00', '门市销售（演示数据）')
        returning id into doc;
        insert into cash_sale_line (cash_sale_id, line_no, product_id, quantity, unit_price, discount_rate, tax_rate,
                                    net_amount, tax_amount, gross_amount)
        values (doc, 1, item.id, qty, item.list_price, 0, item.tax_rate, net, tax, net + tax);
    end loop;

    -- two invoiced orders of 昆山鼎盛电子 on 30 days' terms: invoiced 50 and 20 days ago
    for item_code, qty, ago in select * from (values ('YE3-160M-4', 2, 50), ('YE3-200L-4', 1, 20)) as v
    loop
        select id, list_price, tax_rate into item from product where product.code = item_code;
        day := current_date - ago;
        net := round(qty * item.list_price, 2);
        tax := round(net * item.tax_rate / 100, 2);
        insert into document_sequence (document_type, period, last_value) values ('salesOrder', extract(year from day), 1)
            on conflict (document_type, period) do update set last_value = document_sequence.last_value + 1
            returning last_value into counter;
        insert into sales_order (number, customer_id, owner_id, department_id, document_date, status, payment_terms,
                                 prices_include_tax, net_total, tax_total, gross_total, posted_at, note)
        values ('SO' || extract(year from day) || '-' || lpad(counter::text, 6, '0'), dingsheng, rep, dept, day - 3, 'INVOICED',
                'NET_30', false, net, tax, net + tax, day - 3 + time '10:00', '产线改造电机（演示数据）')
        returning id into order_id;
        insert into sales_order_line (sales_order_id, line_no, product_id, quantity, unit_price, discount_rate, tax_rate,
                                      net_amount, tax_amount, gross_amount, shipped_quantity, reserved_quantity, invoiced_quantity)
        values (order_id, 1, item.id, qty, item.list_price, 0, item.tax_rate, net, tax, net + tax, qty, 0, qty)
        returning id into line;

        insert into document_sequence (document_type, period, last_value) values ('shipment', extract(year from day), 1)
            on conflict (document_type, period) do update set last_value = document_sequence.last_value + 1
            returning last_value into counter;
        insert into shipment (number, customer_id, owner_id, department_id, sales_order_id, status, ship_date, note)
        values ('SH' || extract(year from day) || '-' || lpad(counter::text, 6, '0'), dingsheng, rep, dept, order_id, 'SHIPPED',
                day - 1, '产线改造电机（演示数据）')
        returning id into doc;
        insert into shipment_line (shipment_id, line_no, sales_order_line_id, product_id, quantity)
        values (doc, 1, line, item.id, qty);

        insert into document_sequence (document_type, period, last_value) values ('invoice', extract(year from day), 1)
            on conflict (document_type, period) do update set last_value = document_sequence.last_value + 1
            returning last_value into counter;
        insert into invoice (number, customer_id, owner_id, department_id, sales_order_id, document_date, due_date, status,
                             payment_terms, prices_include_tax, net_total, tax_total, gross_total, issued_at, note)
        values ('INV' || extract(year from day) || '-' || lpad(counter::text, 6, '0'), dingsheng, rep, dept, order_id, day,
                day + 30, 'ISSUED', 'NET_30', false, net, tax, net + tax, day + time '16:00', '产线改造电机（演示数据）')
        returning id into doc;
        insert into invoice_line (invoice_id, line_no, sales_order_line_id, product_id, quantity, unit_price, discount_rate,
                                  tax_rate, net_amount, tax_amount, gross_amount)
        values (doc, 1, line, item.id, qty, item.list_price, 0, item.tax_rate, net, tax, net + tax);
    end loop;
end
$$;
