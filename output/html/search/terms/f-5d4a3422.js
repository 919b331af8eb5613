teSearchFile("terms/f-5d4a3422",[["~org:te-archiwum-instytutu-pamieci-narodowej",[1,1,2],[]]]);
