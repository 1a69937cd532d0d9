package com.legacytraining.advisor.history;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Revisions extends JpaRepository<Revision, Long> {

    List<Revision> findByItemTypeAndItemIdOrderByNumberDesc(String itemType, long itemId);

    Optional<Revision> findByItemTypeAndItemIdAndNumber(String itemType, long itemId, int number);

    @Query("select coalesce(max(r.number), 0) from Revision r where r.itemType = ?1 and r.itemId = ?2")
    int lastNumber(String itemType, long itemId);
}
