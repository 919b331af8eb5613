teSearchFile("terms/63-70-63",[["cpc",[1,2,2,26],[]]]);
