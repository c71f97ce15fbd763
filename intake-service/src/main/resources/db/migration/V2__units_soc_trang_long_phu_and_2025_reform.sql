-- Shipped units: Sóc Trăng province (94) with its districts and Long Phú district (946) with its 11
-- commune-level units as in 2022 (GSO lists of 2022-04-10, 2022-10-01 and 2025-03-01 agree), and the
-- same territory after the 2025 reform (Resolution 60-NQ/TW; Resolution 1668/NQ-UBTVQH15; codes from
-- dispatches 915 and 1027/CTK-CSCL): Cần Thơ city (92) absorbs Sóc Trăng, districts end on 2025-07-01
-- and communes sit directly under the province.
--
-- valid_from NULL = in force since before the platform's records (founding dates are not shipped).
-- Electronic identifiers: the official identifiers of these People's Committees were not found;
-- the values below only follow the QCVN 102:2016 format (Sóc Trăng's suffix is H51) and are marked
-- electronic_id_demo. An operator sets the real ones with PUT /api/v1/units/{code}/versions/{n}.

INSERT INTO admin_unit (code, version, name, level, parent_code, electronic_id, electronic_id_demo, valid_from, valid_to, note) VALUES
('94', 1, 'Tỉnh Sóc Trăng', 'PROVINCE', NULL, '000.00.00.H51', TRUE, NULL, '2025-07-01', 'Merged into Cần Thơ city (92) on 2025-07-01'),
('92', 1, 'Thành phố Cần Thơ', 'PROVINCE', NULL, NULL, FALSE, NULL, '2025-07-01', 'Before the merger; its districts and communes are not shipped'),
('92', 2, 'Thành phố Cần Thơ', 'PROVINCE', NULL, '000.00.00.H92', TRUE, '2025-07-01', NULL, 'Cần Thơ city, Sóc Trăng and Hậu Giang provinces merged; the code 92 is kept'),

('941', 1, 'Thành phố Sóc Trăng', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('942', 1, 'Huyện Châu Thành', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('943', 1, 'Huyện Kế Sách', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('944', 1, 'Huyện Mỹ Tú', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('945', 1, 'Huyện Cù Lao Dung', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('946', 1, 'Huyện Long Phú', 'DISTRICT', '94', '000.00.35.H51', TRUE, NULL, '2025-07-01', 'Districts abolished on 2025-07-01'),
('947', 1, 'Huyện Mỹ Xuyên', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('948', 1, 'Thị xã Ngã Năm', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('949', 1, 'Huyện Thạnh Trị', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('950', 1, 'Thị xã Vĩnh Châu', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),
('951', 1, 'Huyện Trần Đề', 'DISTRICT', '94', NULL, FALSE, NULL, '2025-07-01', 'Communes not shipped'),

('31639', 1, 'Thị trấn Long Phú', 'COMMUNE', '946', '000.01.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31642', 1, 'Xã Song Phụng', 'COMMUNE', '946', '000.02.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31645', 1, 'Thị trấn Đại Ngãi', 'COMMUNE', '946', '000.03.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31648', 1, 'Xã Hậu Thạnh', 'COMMUNE', '946', '000.04.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31651', 1, 'Xã Long Đức', 'COMMUNE', '946', '000.05.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31654', 1, 'Xã Trường Khánh', 'COMMUNE', '946', '000.06.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31657', 1, 'Xã Phú Hữu', 'COMMUNE', '946', '000.07.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31660', 1, 'Xã Tân Hưng', 'COMMUNE', '946', '000.08.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31663', 1, 'Xã Châu Khánh', 'COMMUNE', '946', '000.09.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31666', 1, 'Xã Tân Thạnh', 'COMMUNE', '946', '000.10.35.H51', TRUE, NULL, '2025-07-01', NULL),
('31669', 1, 'Xã Long Phú', 'COMMUNE', '946', '000.11.35.H51', TRUE, NULL, '2025-07-01', NULL),

-- after the reform: the new unit keeps one predecessor's code (Resolution 1668/NQ-UBTVQH15)
('31654', 2, 'Xã Trường Khánh', 'COMMUNE', '92', '000.00.63.H92', TRUE, '2025-07-01', NULL, 'Formed from Hậu Thạnh 31648, Phú Hữu 31657 and Trường Khánh 31654'),
('31645', 2, 'Xã Đại Ngãi', 'COMMUNE', '92', '000.00.62.H92', TRUE, '2025-07-01', NULL, 'Formed from Thị trấn Đại Ngãi 31645 and Long Đức 31651'),
('31666', 2, 'Xã Tân Thạnh', 'COMMUNE', '92', '000.00.64.H92', TRUE, '2025-07-01', NULL, 'Formed from Tân Hưng 31660, Châu Khánh 31663 and Tân Thạnh 31666'),
('31639', 2, 'Xã Long Phú', 'COMMUNE', '92', '000.00.61.H92', TRUE, '2025-07-01', NULL, 'Formed from Thị trấn Long Phú 31639 and Xã Long Phú 31669'),
('31552', 1, 'Xã Nhơn Mỹ', 'COMMUNE', '92', '000.00.65.H92', TRUE, '2025-07-01', NULL,
 'Formed from An Mỹ and Nhơn Mỹ (of Kế Sách) and Song Phụng 31642; the Kế Sách communes before 2025 are not shipped');

INSERT INTO admin_unit_successor (predecessor_code, successor_code, effective_on) VALUES
('94', '92', '2025-07-01'),
('946', '31639', '2025-07-01'),
('946', '31645', '2025-07-01'),
('946', '31654', '2025-07-01'),
('946', '31666', '2025-07-01'),
('946', '31552', '2025-07-01'),
('31642', '31552', '2025-07-01'),
('31648', '31654', '2025-07-01'),
('31651', '31645', '2025-07-01'),
('31657', '31654', '2025-07-01'),
('31660', '31666', '2025-07-01'),
('31663', '31666', '2025-07-01'),
('31669', '31639', '2025-07-01');
