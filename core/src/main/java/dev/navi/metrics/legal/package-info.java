/**
 * Legal status and patent operation (法律状态与专利运营): status shares, and transfers, licences, pledges and
 * litigation by year and by holder, as far as the exports carry them.
 */
package dev.navi.metrics.legal;
