/** The catalog service: categories, products, stock and images; layered as domain, application, infrastructure, api. */
package org.emporium.catalog;
