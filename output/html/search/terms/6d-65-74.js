teSearchFile("terms/6d-65-74",[["met",[1,1,50],[]]]);
