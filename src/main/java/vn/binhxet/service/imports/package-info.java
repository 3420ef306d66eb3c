/**
 * Reading unit and delegate lists from CSV and XLSX files into rows for a preview, each with its
 * problems; nothing here stores anything. The entry points are {@link
 * vn.binhxet.service.imports.UnitListReader} and {@link
 * vn.binhxet.service.imports.DelegateListReader}; docs/decisions/0013 says how a file is read.
 */
package vn.binhxet.service.imports;
