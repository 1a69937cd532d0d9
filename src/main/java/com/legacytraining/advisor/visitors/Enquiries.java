package com.legacytraining.advisor.visitors;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Enquiries extends JpaRepository<Enquiry, Long> {

    List<Enquiry> findByStatusInOrderByReceivedAtDescIdDesc(Collection<EnquiryStatus> statuses);

    Optional<Enquiry> findByReference(String reference);

    boolean existsByReference(String reference);

    Optional<Enquiry> findByRepeatKey(String repeatKey);

    /** Lets the same words be sent again: clears the key of an enquiry received before the window began. */
    @Modifying(flushAutomatically = true)
    @Query("update Enquiry e set e.repeatKey = null where e.repeatKey = :repeatKey and e.receivedAt <= :windowStart")
    int forgetRepeatKey(String repeatKey, Instant windowStart);

    long countByStatus(EnquiryStatus status);

    @Modifying
    @Query("delete from Enquiry e where e.status = com.legacytraining.advisor.visitors.EnquiryStatus.CLOSED "
            + "and e.closedAt < :before")
    int deleteClosedBefore(Instant before);
}
