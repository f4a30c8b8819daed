/**
 * The shared kernel every context may use and that uses none: who acts ({@code Actor}, {@code
 * Role}), money ({@code Money}), the failures every boundary maps ({@code ValidationException},
 * {@code ConflictException}, {@code NotFoundException}, {@code AccessDeniedException}) and the
 * documents kernel ({@code shared.documents}).
 */
package org.cornerstone.shared;
